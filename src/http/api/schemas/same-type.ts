/**
 * Compile-time check that a zod enum lists exactly the members of a TypeScript union the code uses. When it fails
 * to compile ("Type 'true' is not assignable to type 'false'"), the union gained or lost a member: update the enum
 * beside the check, and the API description follows.
 */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
