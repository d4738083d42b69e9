// The shipped Brazilian Portuguese pack (react-cognito-kit/locales/pt-BR): the stories show what apps get.
export { ptBR } from '../../src/locales/pt-BR/index.js';
