/** English strings: diagnosis reasons and report. Keys start with "diagnosis.". */
export const diagnosis = {
  'diagnosis.placeholder': '',
};
