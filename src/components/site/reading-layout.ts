/** The width from which a reading page puts its sidebar beside the text (components.css: .reading). */
export const WIDE_QUERY = '(min-width: 64rem)';
