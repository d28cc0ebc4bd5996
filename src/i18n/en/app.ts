/** English strings: app. Keys start with "app.". */
export const app = {
  'app.placeholder': '',
};
