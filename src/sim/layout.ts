// V8 lays out an object's number field by the first value stored in it: a small integer makes it
// an integer field, and the first fraction stored there later re-shapes every object of that kind
// and throws away all the optimised code that reads one (every worker thread pays for that again,
// in its first episodes). Fields that hold fractions in play are created holding this fraction and
// set to their real value at once, so they are laid out as doubles from the first object on.
export const AS_DOUBLE = 0.5;
