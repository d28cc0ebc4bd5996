/** English strings: paste. Keys start with "paste.". */
export const paste = {
  'paste.placeholder': '',
};
