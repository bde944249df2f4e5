// Types of the generated validator (scripts/build-validator.mjs writes the .js beside this file).
export declare const validate: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
export default validate;
