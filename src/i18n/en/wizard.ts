/** English strings: wizard. Keys start with "wizard.". */
export const wizard = {
  'wizard.placeholder': '',
};
