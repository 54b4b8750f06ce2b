import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'preview/app';

document.querySelector('#main').appendChild(createElement('preview-app', { is: App }));
