/**
 * The derived figures the README and the report recommend for the real content, on the real
 * source: the revenue growth multiple and a share, written exactly as a contributor would.
 * Shared by the derived tests (the engine, the mutation test and the real build).
 */
const S = 'source="great-leap-forward"';
const LAST_YEAR = 'quote="realised revenues of 135 billion renminbi (US$21.7 billion) last year"';
const IN_2010 = 'quote="up from US$8.65 billion in 2010"';

export const EXAMPLE_PATH = "content/derived-example.mdx";

export const EXAMPLE = `---
title: Derived example
---

The industry realised revenues of
<Fact id="revenue-last-year-rmb" ${S} ${LAST_YEAR}>135 billion renminbi</Fact>
(<Fact id="revenue-last-year" ${S} ${LAST_YEAR}>US$21.7 billion</Fact>) in the year before the
feature was written, up from <Fact id="revenue-2010" ${S} ${IN_2010}>US$8.65 billion</Fact> in
<Fact id="year-2010" ${S} ${IN_2010}>2010</Fact>.

Revenue grew
<Derived formula="revenue-last-year / revenue-2010" round="0.1">about 2.5 times</Derived>
over that time; the earlier revenue was
<Derived formula="revenue-2010 / revenue-last-year" round="1">40 per cent</Derived>
of the later figure.

The software park's exports of
<Fact id="dlsp-exports-2010" ${S} quote="export revenues of US$1.08 billion">US$1.08 billion</Fact>
were <Derived formula="dlsp-exports-2010 / dlsp-sales-2010">24 per cent</Derived> of its sales of
<Fact id="dlsp-sales-2010" ${S}
  quote="In 2010, the DLSP generated sales revenues of US$4.5 billion">US$4.5 billion</Fact>, or
<Derived formula="dlsp-exports-2010 / dlsp-sales-2010">*0.24*</Derived> of them.

The park's
<Fact id="dlsp-staff" ${S} quote="with some 80,000 employees">some 80,000 employees</Fact> work for
<Fact id="dlsp-companies" ${S}
  quote="home to nearly 650 software companies">nearly 650 companies</Fact>:
<Derived formula="dlsp-staff / dlsp-companies" round="1">about 123</Derived> to a company.
`;
