/** English strings: key-test. Keys start with "keyTest.". */
export const keyTest = {
  'keyTest.placeholder': '',
};
