import './styles/base.css';
import { loadBundledScenarios } from './ui/bundled-scenarios.js';
import { renderHome } from './ui/home.js';
import { browserStorage, initialLanguage } from './ui/language.js';

const app = document.getElementById('app');
if (app) {
  const storage = browserStorage();
  renderHome(app, {
    lang: initialLanguage(storage, navigator.languages),
    storage,
    bundled: () => loadBundledScenarios(),
  });
}
