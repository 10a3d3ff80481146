/** Every problem with the annotations, as Istio words them (sorted by annotation name). */
export declare function annotationProblems(annotations: Readonly<Record<string, unknown>>): string[];
/** Throw KinjectError('INVALID_ANNOTATION') if any Istio annotation is invalid. */
export declare function validateAnnotations(annotations: Readonly<Record<string, unknown>>): void;
