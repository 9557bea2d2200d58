export { renderBooks, type RenderBooksOptions } from './render-books.js';
