import { initAll } from '/webjars/govuk-frontend/5.13.0/dist/govuk/govuk-frontend.min.js';

initAll();
