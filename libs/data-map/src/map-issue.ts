/** An issue before it is placed in the YAML text: the path is kept as parts to find its line. */
export interface MapIssue {
  path: readonly (string | number)[];
  message: string;
}
