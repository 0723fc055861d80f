import './styles/base.css';
import { startApp } from './ui/app/shell.js';

const app = document.getElementById('app');
if (app) {
  startApp(app, {
    languages: navigator.languages,
    services: () => import('./ui/session/services.js').then((m) => m.browserServices()),
  });
}
