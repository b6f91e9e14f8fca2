/**
 * A section filter value is `department › section`: the search page lists only the sections of the chosen
 * department (a city has hundreds), and same-named sections of two departments stay apart.
 */
export const sectionFilterSeparator = ' › ';

/** The section filter value of a section of a department. */
export const sectionFilterValue = (department: string, section: string) => `${department}${sectionFilterSeparator}${section}`;
