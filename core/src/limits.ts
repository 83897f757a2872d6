/** Field limits shared by the server's schemas and the web app's forms. */
export const limits = {
  nameMax: 200,
  titleMax: 200,
  emailMax: 320,
  domainMax: 253,
  notesMax: 10_000,
  searchMax: 200,
  pageSizeDefault: 25,
  pageSizeMax: 100,
  passwordMin: 10,
  passwordMax: 200,
  amountMax: 1_000_000_000_000,
  relationshipStrengthMin: 1,
  relationshipStrengthMax: 5,
  tokenNameMax: 100,
} as const;
