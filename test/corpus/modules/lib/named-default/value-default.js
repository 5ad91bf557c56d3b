const config = { mode: 'test', retries: 3 };
export default config;
export const later = 'later';
