// A test-only page for the debrief end-to-end test: it opens a finished session file through the
// exports' import control and mounts the debrief screen on it, the way the app does once it offers
// the debrief. The scenario comes from ?scenario=<bundled file name>, the language from ?lang=.
import '../../../src/zod-setup.js';
import '../../../src/styles/base.css';
import { loadScenario } from '../../../src/engine/index.js';
import { renderBundleImport, refusalText } from '../../../src/ui/exports/bundle-import.js';

const params = new URLSearchParams(location.search);
const name = params.get('scenario') ?? 'intro-market-square';
const lang = params.get('lang') === 'nl' ? 'nl' : 'en';
const main = document.getElementById('app') as HTMLElement;
document.documentElement.lang = lang;

const loaded = loadScenario(await (await fetch(`/scenarios/${name}.json`)).text(), `${name}.json`);
if (!loaded.ok) throw new Error(`${name} does not load`);
const scenario = loaded.scenario;

const title = document.createElement('h1');
title.textContent = 'Open a finished session';
const message = document.createElement('p');
message.setAttribute('role', 'status');
main.append(
  title,
  renderBundleImport({
    lang,
    scenario,
    id: 'open-session',
    label: 'Choose a session file',
    onOutcome: async (outcome) => {
      if (!outcome.ok) {
        message.textContent = refusalText(outcome, scenario, lang);
        return;
      }
      const { renderDebrief } = await import('../../../src/ui/debrief/index.js');
      renderDebrief(main, { scenario, state: outcome.state, audience: params.get('audience') === 'room' ? 'room' : 'trainer', lang, send: () => undefined });
    },
  }),
  message,
);
