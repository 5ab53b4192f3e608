// The exporters write text through this one function type, so the library never touches stdout or
// files itself: the CLI passes a sink (a file, stdout), tests pass an array.
export type Write = (chunk: string) => void | Promise<void>;
