/** The site icon, served as `favicon.svg`: a small "A" on a blue rounded square. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0a58b8"/><path d="M9 25 16 7l7 18M11.8 18h8.4" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>
`;
