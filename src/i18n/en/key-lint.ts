/** English strings: key lint findings. Keys start with "keyLint.". */
export const keyLint = {
  'keyLint.placeholder': '',
};
