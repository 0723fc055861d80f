import './zod-setup.js';

const app = document.getElementById('app');
if (app) app.textContent = 'Crisistafel';
