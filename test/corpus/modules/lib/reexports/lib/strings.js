export function upper(s) { return s.toUpperCase(); }
export function lower(s) { return s.toLowerCase(); }
export const SEP = '-';
export default 'strings-default';
