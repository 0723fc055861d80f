// The feed as the room reads it: the trainer puts an item in from the console (hostile text stays text), and a
// perpetrator named in an official message shows as trending with his name.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/engine/index.js';
import { renderFeed } from '../../src/ui/components/news-feed.js';
import { renderProjector } from '../../src/ui/projector/projector.js';
import { renderTrainerConsole, type TrainerConsole } from '../../src/ui/trainer/trainer-console.js';
import { Exercise } from './trainer-session.js';

const HOSTILE = '<img src=x onerror="window.__feedPwned=1">Wist de gemeente ervan?';
afterEach(() => document.body.replaceChildren());

describe('news and social feed', () => {
  it('takes a trainer item from the console and shows it as text, with its kind and reach, on the projector feed', async () => {
    const ex = new Exercise().run({ type: 'start' }, { type: 'beginRounds' });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const sent: Command[] = [];
    let c: TrainerConsole | null = null;
    c = renderTrainerConsole(root, {
      view: ex.trainerView(),
      lang: 'nl',
      mode: 'trainer',
      send: (command: Command) => {
        sent.push(command);
        ex.apply(command);
        c?.update(ex.trainerView(), 'nl');
      },
    });
    const u = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Bericht in de feed zetten' });
    await u.selectOptions(within(form).getByLabelText('Soort'), 'Vraag van een journalist');
    await u.type(within(form).getByLabelText('Tekst van het feedbericht'), HOSTILE);
    await u.type(within(form).getByLabelText('Bron (optioneel)'), 'Omroep Havenstad');
    await u.type(within(form).getByLabelText(/^Bereik/), '1500');
    await u.click(within(form).getByRole('button', { name: 'Bericht in de feed zetten' }));
    expect(sent.at(-1)).toMatchObject({ type: 'feedItem', kind: 'question', text: HOSTILE, source: 'Omroep Havenstad', reach: 1500 });

    const projector = document.createElement('div');
    document.body.replaceChildren(projector);
    projector.append(renderFeed(ex.publicView().feed, 'nl', { showVolume: true }));
    const item = within(projector).getByText(HOSTILE).closest('li')!;
    expect(within(item).getByText('Vraag van een journalist')).toBeTruthy();
    expect(within(item).getByText('Omroep Havenstad')).toBeTruthy();
    expect(item.textContent).toContain('1.500 keer gedeeld of bekeken');
    expect(projector.querySelector('img')).toBeNull();
    expect((window as unknown as { __feedPwned?: number }).__feedPwned).toBeUndefined();
    expect(within(projector).getByText('Volume: normaal')).toBeTruthy();
  });

  it("shows an author's seeded item with its source and place, its scenario text as text", () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    root.append(
      renderFeed(
        {
          volume: 'normal',
          items: [
            {
              id: 'authored-feed-video',
              minute: 10,
              kind: 'video',
              reaction: 'authored',
              params: {},
              text: { nl: `Beelden van de markt. ${HOSTILE}`, en: `Footage from the market. ${HOSTILE}` },
              source: '@marktkoopman_mw',
              place: { nl: 'De Brink', en: 'The Brink' },
              reach: 12_345,
              message: null,
            },
          ],
        },
        'en',
      ),
    );
    const item = within(root).getByText(`Footage from the market. ${HOSTILE}`).closest('li')!;
    expect(within(item).getByText('Video')).toBeTruthy();
    expect(within(item).getByText('@marktkoopman_mw · The Brink')).toBeTruthy();
    expect(item.textContent).toContain('12,345');
    expect(root.querySelector('img')).toBeNull();
    expect((window as unknown as { __feedPwned?: number }).__feedPwned).toBeUndefined();
  });

  it('shows the feed on the projector, in the slot the room display keeps for it', () => {
    const ex = new Exercise().run({ type: 'start' }, { type: 'beginRounds' }, { type: 'feedItem', kind: 'video', text: 'Beelden van de stationshal gaan rond.' });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    renderProjector(root, { view: ex.publicView(), lang: 'nl' });
    const slot = root.querySelector('[data-slot="news"]')!;
    expect(within(slot as HTMLElement).getByText('Beelden van de stationshal gaan rond.')).toBeTruthy();
    expect(within(slot as HTMLElement).getByRole('heading', { name: 'Nieuws en sociale media' })).toBeTruthy();
  });
});
