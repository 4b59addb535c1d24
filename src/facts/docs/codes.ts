/**
 * What each finding means, with a wrong and a right example on the real
 * sources. The examples are run as tests (the wrong one must produce its code,
 * the right one must pass) and shown on the site's method pages.
 */
const S = 'source="great-leap-forward"';
const PARKS = `${S} quote="home to nearly 650 software companies"`;
const KPMG = `${S} quote="were US$1.79 billion and US$1.53 billion respectively"`;

const REVENUE_2010 = `<Fact id="revenue-2010" ${S} quote="up from US$8.65 billion in 2010">US$8.65 billion</Fact>`;
const REVENUE =
  `Revenues reached <Fact id="revenue-last-year" ${S} quote="realised revenues of ` +
  `135 billion renminbi (US$21.7 billion) last year">US$21.7 billion</Fact>, up ` +
  `from ${REVENUE_2010}`;
const GROWTH = 'formula="revenue-last-year / revenue-2010"';
const GROWN = `${REVENUE}: <Derived ${GROWTH} round="0.1">about 2.5 times</Derived>.`;
const STAFF =
  `<Fact id="staff" ${S} quote="with some 80,000 employees">some 80,000</Fact> ` +
  `staff in <Fact id="parks" ${PARKS}>nearly 650</Fact> companies`;

/** One entry of the corrections log, as YAML, for the examples of the log's codes. */
function correction(id: string, page: string, date = "2026-12-01"): string {
  return [
    `- id: ${id}`,
    `  date: ${date}`,
    `  page: ${page}`,
    "  kind: clarification",
    "  said: following in the footsteps of Stanford University",
    "  says: >-",
    "    \"I guess you could say we're following in the footsteps of California's Stanford",
    '    University, the institution behind Silicon Valley," he says.',
    '  why: The page dropped Craig Wong\'s hedge, "I guess you could say".',
    "",
  ].join("\n");
}
const WONG = correction("wong-hedge", "content/software-parks.mdx");

export interface CodeDoc {
  title: string;
  /** Why the check refuses it, and what to do. */
  explanation: string;
  /** MDX that produces the code, and MDX that fixes it (absent for codes about source files). */
  wrong?: string;
  right?: string;
  /** The file the examples are written in, when it is not a page (`content/corrections.yaml`). */
  file?: string;
}

export const CODE_DOCS: Readonly<Record<string, CodeDoc>> = {
  "unknown-source": {
    title: "The source does not exist",
    explanation:
      "`source` must be the name of a folder in `sources/`. The message suggests the closest id.",
    wrong: `<Fact source="great-leap-foward" quote="home to nearly 650 software companies">nearly 650</Fact>`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "fact-missing-attribute": {
    title: "A callout lacks its source or quote",
    explanation: "Every `<Fact>` names its source and quotes the words that hold the figure.",
    wrong: `<Fact ${S}>nearly 650</Fact>`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "fact-empty-quote": {
    title: "The quote is empty",
    explanation:
      "An empty quote points at nothing; quote the words of the source that hold the figure.",
    wrong: `<Fact ${S} quote="">nearly 650</Fact>`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "fact-invalid-attribute": {
    title: "An attribute has the wrong form",
    explanation: "`round` is a power of ten (`0.1`, `1`, `1000`); `id` starts with a letter.",
    wrong: `The signed contract value was <Fact ${KPMG} round="0.5">US$1.8 billion</Fact>`,
    right: `The signed contract value was <Fact ${KPMG} round="0.1">US$1.8 billion</Fact>`,
  },
  "fact-unknown-attribute": {
    title: "The callout has an attribute the check does not know",
    explanation:
      "A `<Fact>` takes `source`, `quote`, `prefix`, `suffix`, `id` and `round`; anything else is probably a typo.",
    wrong: `<Fact ${PARKS} qoute="nearly 650">nearly 650</Fact>`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "fact-attribute-expression": {
    title: "An attribute is an expression",
    explanation:
      "The check reads attributes as written; a `{…}` expression is computed later and could say anything.",
    wrong: `<Fact ${S} quote={"home to nearly 650 software companies"}>nearly 650</Fact>`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "fact-expression-in-figure": {
    title: "The figure holds an expression",
    explanation:
      "Readers would see what the expression computes, which the check cannot read: write the figure as plain text.",
    wrong: `<Fact ${PARKS}>nearly {650}</Fact>`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "fact-nested": {
    title: "A callout inside a callout",
    explanation: "Each figure stands in its own `<Fact>`, with its own quote.",
    wrong: `<Fact ${PARKS}>nearly 650 <Fact ${S} quote="with some 80,000 employees">some 80,000</Fact></Fact>`,
    right:
      `<Fact ${PARKS}>nearly 650</Fact> and <Fact ${S} quote="with some 80,000 ` +
      `employees">some 80,000</Fact> staff`,
  },
  "fact-duplicate-id": {
    title: "Two callouts share an id, or a callout has a heading's",
    explanation:
      "`page#id` must land on one figure: give each `id` once per page, and none that " +
      "a heading has (Astro makes each heading's id from its text: `## Revenue` is " +
      "`revenue`).",
    wrong:
      `<Fact ${PARKS} id="parks">nearly 650</Fact> and <Fact ${S} quote="with some ` +
      `80,000 employees" id="parks">some 80,000</Fact>`,
    right:
      `<Fact ${PARKS} id="parks">nearly 650</Fact> and <Fact ${S} quote="with some ` +
      `80,000 employees" id="staff">some 80,000</Fact>`,
  },
  "quote-too-short": {
    title: "The quote is too short to say what the figure counts",
    explanation:
      "A bare number or two words fit too many claims. Quote at least three words, enough to name what is counted.",
    wrong: `<Fact ${S} quote="nearly 650">nearly 650</Fact>`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "quote-not-found": {
    title: "The quote is not in the source",
    explanation:
      "Quotes match the reading edition exactly, after folding whitespace, quotes and " +
      "dashes. The message shows the closest passage and how it differs; `npm run " +
      "cite` finds passages.",
    wrong: `<Fact ${S} quote="home to nearly 600 software companies">nearly 600</Fact>`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "quote-ambiguous": {
    title: "The quote occurs more than once",
    explanation:
      "A citation points at one passage. Lengthen the quote, or add `prefix` or " +
      "`suffix` with the words just before or after it.",
    wrong: `<Fact ${S} quote="Bangalore retains the edge on Dalian because Indians">Bangalore keeps its edge</Fact>`,
    right:
      `<Fact ${S} quote="Bangalore retains the edge on Dalian because Indians" ` +
      `suffix="still have a more Western mindset. While">Bangalore keeps its ` +
      `edge</Fact>`,
  },
  "figure-split": {
    title: "Part of the figure stands outside the callout",
    explanation:
      "A hedge, currency, scale or unit written just outside the tag changes what " +
      "readers see without being checked: put all of the figure inside. A qualifier next to " +
      "the tag is the figure's even when a determiner stands between (`well over the 22`) or " +
      "the figure inside has its own (`more than nearly 1,000`, `nearly 1,000 or so`): keep " +
      "one hedge, inside.",
    wrong: `The signed contract value was more than <Fact ${KPMG}>US$1.79 billion</Fact>.`,
    right: `The signed contract value was <Fact ${KPMG}>US$1.79 billion</Fact>.`,
  },
  "number-not-in-quote": {
    title: "A number of the figure is not in the quote",
    explanation:
      "Every number a reader sees must be a number of the quote, with the same value " +
      "once forms and scale words are read (`1,000` = `1000`, `US$21.7bn` = `US$21,700 " +
      "million`).",
    wrong: `<Fact ${PARKS}>nearly 600</Fact>`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "number-kind-mismatch": {
    title: "The number is of another kind",
    explanation: "An ordinal is not a count (`14th` is not `14`), and a year is not a quantity.",
    wrong: `<Fact ${S} quote="as the world’s 14th largest outsourcing destination">14</Fact>`,
    right: `<Fact ${S} quote="as the world’s 14th largest outsourcing destination">14th</Fact>`,
  },
  "number-unit-mismatch": {
    title: "The unit or currency differs",
    explanation: "Currencies are never converted or assumed: US$ is not renminbi.",
    wrong:
      `<Fact ${S} quote="realised revenues of 135 billion renminbi (US$21.7 billion) ` +
      `last year">US$135 billion</Fact>`,
    right:
      `<Fact ${S} quote="realised revenues of 135 billion renminbi (US$21.7 billion) ` +
      `last year">135 billion renminbi</Fact>`,
  },
  "qualifier-dropped": {
    title: "The source's hedge was dropped or flipped",
    explanation:
      "Keep the source's qualifier or use a weaker one: `nearly 650` may be `about " +
      "650` or `under 650`, never `650` or `at least 650`. A verb before a bare figure " +
      "hedges it as a qualifier would: `exceeded 650` says more than 650, `almost reached " +
      "650` nearly 650, and `650-odd` is 650 and some more.",
    wrong: `<Fact ${PARKS}>650</Fact>`,
    right: `<Fact ${PARKS}>about 650</Fact>`,
  },
  "text-hidden-character": {
    title: "A character the reader cannot see",
    explanation:
      "A zero-width space, a direction mark, a soft hyphen or another format character draws " +
      "nothing, but it changes what the check reads: `seven million` with a left-to-right mark " +
      "(U+200E) inside `seven` reads as no number at all (the number reader refuses that one " +
      "itself, as `number-unreadable`). None is allowed in prose or in a figure.",
    wrong:
      `The city has <Fact ${S} quote="this bustling seaport of six million inhabitants">six ` +
      `million</Fact> inhab\u200Bitants.`,
    right:
      `The city has <Fact ${S} quote="this bustling seaport of six million inhabitants">six ` +
      `million</Fact> inhabitants.`,
  },
  "text-mixed-script": {
    title: "A word that mixes look-alike scripts",
    explanation:
      "A Cyrillic `е` or a Greek `ο` looks like its Latin twin but is another letter, so a word " +
      "that mixes them reads as another word (or none) to the check. Every word is in one script.",
    wrong:
      `The city of D\u0430lian has <Fact ${S} quote="this bustling seaport of six million ` +
      `inhabitants">six million</Fact> inhabitants.`,
    right:
      `The city of Dalian has <Fact ${S} quote="this bustling seaport of six million ` +
      `inhabitants">six million</Fact> inhabitants.`,
  },
  "number-ambiguous": {
    title: "The figure could be either of two like numbers of its sentence",
    explanation:
      "Where the source's sentence gives two or more numbers of one kind and unit side by side " +
      "(`sales revenues of US$4.5 billion and export revenues of US$1.08 billion`, `A and B " +
      "were X and Y respectively`), a figure equal to one of them is true only of its own item. " +
      "The page must name it, in the source's words, next to the figure (its clause, its list " +
      "item, or its table row), and must not stand nearer another's words.",
    wrong: `Offshore outsourcing in Dalian was worth <Fact ${KPMG}>US$1.53 billion</Fact>.`,
    right: `The actual conducted value of offshore outsourcing in Dalian was <Fact ${KPMG}>US$1.53 billion</Fact>.`,
  },
  "claim-direction": {
    title: "The sentence says a change the source does not",
    explanation:
      "The words around a figure are read as readers see them (through emphasis, links and " +
      "line breaks) and compared with the quote's whole sentence in the source: a figure said " +
      "to rise must rise there, one said to fall must fall, and one the source gives as a level " +
      "is no change. `up from X` makes X where a change started; `rose to X` where it ended; " +
      "`rose by X` and `an increase of X` its size; `improved compared to five years ago` makes " +
      "five years ago what the change is measured from. A rank counts from the same end " +
      "(`14th largest` is not `14th smallest`).",
    wrong:
      `Offshore contract value fell by <Fact ${S} quote="a year-on-year increase of 41 per ` +
      `cent">41%</Fact> year on year.`,
    right:
      `Offshore contract value rose by <Fact ${S} quote="a year-on-year increase of 41 per ` +
      `cent">41%</Fact> year on year.`,
  },
  "claim-negation": {
    title: "The sentence denies what the source states, or the reverse",
    explanation:
      "A negation near the figure (`not`, `never`, `no longer`, `without`, `far from`, `failed " +
      "to`, `it is false that`), before it or after it in its clause (`…, but not in software " +
      "programs`), must be the source's too: a denied figure and a stated one are opposite claims.",
    wrong:
      `Dalian does not train <Fact ${S} quote="trains more than 70,000 students each year">more ` +
      `than 70,000</Fact> students each year.`,
    right:
      `Dalian trains <Fact ${S} quote="trains more than 70,000 students each year">more than ` +
      `70,000</Fact> students each year.`,
  },
  "claim-modality": {
    title: "The sentence makes a stated figure a plan, forecast or possibility, or the reverse",
    explanation:
      "`will`, `could`, `may`, `plans to`, `is expected to`, `aims to`, `target` and `used to` " +
      "before a figure make it something other than a fact of now, and `apparently`, " +
      "`reportedly`, `allegedly` make it only reported: the source's sentence must say the same, " +
      "and a figure the source gives as planned, expected or reported stays so on the page.",
    wrong:
      `Dalian plans to train <Fact ${S} quote="trains more than 70,000 students each year">more ` +
      `than 70,000</Fact> students each year.`,
    right:
      `Dalian trains <Fact ${S} quote="trains more than 70,000 students each year">more than ` +
      `70,000</Fact> students each year.`,
  },
  "claim-period": {
    title: "The figure is counted over another period than the source's",
    explanation:
      "A rate keeps its period (`each year`, `a month`, `every quarter`, `per capita`, `per " +
      "company`), and a year-on-year change stays year on year (not `month on month`): the period " +
      "is read next to the figure, in its sentence. A total or a year-on-year comparison may be " +
      "left unsaid; a rate may not.",
    wrong:
      `Dalian trains <Fact ${S} quote="trains more than 70,000 students each year">more than ` +
      `70,000</Fact> students each month.`,
    right:
      `Dalian trains <Fact ${S} quote="trains more than 70,000 students each year">more than ` +
      `70,000</Fact> software students a year.`,
  },
  "claim-time-anchor": {
    title: "A year or date is anchored otherwise than in the source",
    explanation:
      "`before`, `after`, `since`, `until`, `by`, `between … and` and `the end of` say different " +
      "things about a year: keep the source's. A plain `in` may stand for the start, middle or " +
      "end of a year, and `since` for the year a change started from (`up from X in 2010`) where " +
      "the page says the change too, or for the year something was set up, founded or opened " +
      "(`in Dalian since 2002`). Any figure anchored to an event keeps the source's anchor " +
      "(`since the deal` is not `before the deal`).",
    wrong:
      `Since <Fact ${S} quote="By the end of 2012, the city was home">2012</Fact>, the city has ` +
      `been home to many enterprises.`,
    right:
      `In <Fact ${S} quote="By the end of 2012, the city was home">2012</Fact>, the city was ` +
      `home to many enterprises.`,
  },
  "claim-cause": {
    title: "The sentence makes one cited claim the cause of another",
    explanation:
      "Two callouts in one sentence joined by `because`, `so`, `thanks to`, `due to`, `as a " +
      "result`, `led to` or the like say that one made the other happen: the quote's sentence " +
      "must say so too. Where the source gives two facts side by side, or as a contrast (`while`), " +
      "keep them side by side. A cause given for what one figure counts (`because of the " +
      "acquisition`, `thanks to`, `driven by`) is refused the same way; a sentence with one " +
      "callout may still reason in the site's own voice with `so`.",
    wrong:
      `Because Dalian trains <Fact ${S} quote="trains more than 70,000 students each year">more than 70,000</Fact> ` +
      `students each year, revenues reached ${REVENUE}.`,
    right:
      `Dalian trains <Fact ${S} quote="trains more than 70,000 students each year">more than 70,000</Fact> ` +
      `students each year, and revenues reached ${REVENUE}.`,
  },
  "claim-attribution": {
    title: "The sentence credits the figure to someone the source does not",
    explanation:
      "A name after `according to`, or beside `says`, next to a callout must be the source's: " +
      "named in the quote's paragraph or, where that paragraph quotes someone without naming " +
      "them (`…,” he says`), the speaker named a paragraph or two before. An authority the " +
      "source credits with another figure is not this figure's, and a statement the source " +
      "makes in its own voice is no one's quote.",
    wrong:
      `According to KPMG, <Fact ${S} quote="80 per cent of Dalian’s revenue from exported ITO ` +
      `services was based on Japanese business">80 per cent</Fact> of the revenue from exported ` +
      `ITO services came from Japanese business.`,
    right:
      `According to China's Ministry of Commerce, <Fact ${S} quote="80 per cent of Dalian’s ` +
      `revenue from exported ITO services was based on Japanese business">80 per cent</Fact> of ` +
      `the revenue from exported ITO services came from Japanese business.`,
  },
  "claim-weekday": {
    title: "The day of the week is not the date's",
    explanation:
      "A weekday written just before a date callout (`Sunday, 16 July 2017`) is checked against " +
      "the calendar: it must be the day that date fell on.",
    wrong:
      `The news article was published on Saturday, <Fact source="back-office-hub" ` +
      `quote="PUBLISHED : Sunday, 16 July, 2017">16 July 2017</Fact>.`,
    right:
      `The news article was published on Sunday, <Fact source="back-office-hub" quote="PUBLISHED ` +
      `: Sunday, 16 July, 2017">16 July 2017</Fact>.`,
  },
  "claim-item": {
    title: "The figure counts something else than in the source",
    explanation:
      "The noun a count counts, read after the figure past a few modifiers (`nearly 650 software " +
      "companies`), must be the source's, or a word for the same thing: firms for companies, " +
      "staff for employees, people for either. Students are not employees, cities not " +
      "countries, universities not software parks; a verb makes `people` workers (`employing`) " +
      "or students (`trains`). A number that is part of a name (`Global 500`) counts nothing. " +
      "Only nouns of a small table are compared: another noun is left to a reviewer.",
    wrong: `The park counts <Fact ${S} quote="with some 80,000 employees">some 80,000</Fact> software companies.`,
    right: `The park counts <Fact ${S} quote="with some 80,000 employees">some 80,000</Fact> staff.`,
  },
  "claim-borrowed-year": {
    title: "A year dates a figure its source does not date so",
    explanation:
      "Each callout is checked against its own quote, so a year that dates another figure of its " +
      "sentence (`X in 2012`, `In 2012, … X`) must be one that figure's source gives it: in the " +
      "figure's source sentence, or, where that sentence says no time at all, in a sentence " +
      "beside it. A year quoted from another passage, or put for the source's `last year`, " +
      "`this year` or `now`, is refused: the page must not invent a date.",
    wrong:
      `Revenues reached <Fact ${S} quote="135 billion renminbi (US$21.7 billion) last year">` +
      `US$21.7 billion</Fact> in <Fact ${S} quote="By the end of 2012, the city was home">2012</Fact>.`,
    right:
      `Revenues reached <Fact ${S} quote="135 billion renminbi (US$21.7 billion) last year">` +
      `US$21.7 billion</Fact> last year, up from <Fact ${S} quote="up from US$8.65 billion in ` +
      `2010">US$8.65 billion</Fact> in <Fact ${S} quote="up from US$8.65 billion in 2010">2010</Fact>.`,
  },
  "rounding-undeclared": {
    title: "A rounded figure does not say so",
    explanation:
      "Show the figure as the source gives it, or declare the precision with `round`; readers are told it was rounded.",
    wrong: `The signed contract value was <Fact ${KPMG}>US$1.8 billion</Fact>`,
    right: `The signed contract value was <Fact ${KPMG} round="0.1">US$1.8 billion</Fact>`,
  },
  "rounding-wrong": {
    title: "The figure is not the source's value rounded",
    explanation:
      "Rounding is half away from zero, to a power of ten that keeps two significant " +
      "digits, and never past a bound such as `more than`.",
    wrong: `The signed contract value was <Fact ${KPMG} round="0.1">US$1.7 billion</Fact>`,
    right: `The signed contract value was <Fact ${KPMG} round="0.1">US$1.8 billion</Fact>`,
  },
  "number-unreadable": {
    title: "The figure holds something the reader will not guess at",
    explanation:
      "A bare `$` or `¥`, a number joined to letters, a vague quantity (`hundreds of`), a " +
      "slash between digits, a superscript or Roman numeral: write the figure as the source " +
      "does, with a named currency and digits.",
    wrong: `The signed contract value was <Fact ${KPMG}>$1.79 billion</Fact>`,
    right: `The signed contract value was <Fact ${KPMG}>US$1.79 billion</Fact>`,
  },
  "uncited-number": {
    title: "A number in prose has no source",
    explanation:
      "Every figure a reader sees sits in a `<Fact>`. A number that is no claim goes " +
      'in a visible `<NotAClaim why="…">`, which the report counts.',
    wrong: "The park is home to nearly 650 software companies.",
    right: `The park is home to <Fact ${PARKS}>nearly 650 software companies</Fact>.`,
  },
  "opt-out-without-reason": {
    title: "An opt-out gives no reason",
    explanation: "`<NotAClaim>` says why its number is no claim, for readers and reviewers.",
    wrong: "Chapter <NotAClaim>3</NotAClaim>",
    right: 'Chapter <NotAClaim why="a chapter number">3</NotAClaim>',
  },
  "mdx-malformed": {
    title: "The page does not parse",
    explanation:
      "The message says where the MDX parser stopped; an unclosed `<Fact>` is the usual cause.",
    wrong: `<Fact ${PARKS}>nearly 650`,
    right: `<Fact ${PARKS}>nearly 650</Fact>`,
  },
  "derived-invalid-attribute": {
    title: "A derived figure's attributes are missing or malformed",
    explanation:
      "A `<Derived>` takes `formula` (required), `round` (a power of ten, as for a callout) and `id`.",
    wrong: `${REVENUE}: <Derived ${GROWTH} round="0.5">about 2.5 times</Derived>.`,
    right: GROWN,
  },
  "derived-figure-unreadable": {
    title: "A derived figure shows no number, or several",
    explanation:
      "Between the tags stands the one number the formula computes, as plain text; the words around it go outside.",
    wrong: `${REVENUE}: <Derived ${GROWTH}>strong growth</Derived>.`,
    right: GROWN,
  },
  "chart-invalid-attribute": {
    title: "A chart's attributes do not read",
    explanation:
      "A `<Chart>` takes `title`, `description`, `marks` (callout ids, `page#id` for " +
      "another page's) and `labels` (one per mark, separated by `|`, each under 33 " +
      "characters), every one a quoted string.",
    wrong:
      `${STAFF}. <Chart title="The park's people and firms" description="Staff and ` +
      `companies, as the feature gives them." marks="staff parks" labels="staff" />`,
    right:
      `${STAFF}. <Chart title="The park's people and firms" description="Staff and ` +
      `companies, as the feature gives them." marks="staff parks" labels="staff | ` +
      `companies" />`,
  },
  "chart-not-from-checked-facts": {
    title: "A chart draws a number the check did not accept",
    explanation:
      "Each mark names a callout the check accepted, whose figure holds exactly one " +
      "quantity; marks share one kind and unit. The title and description hold no " +
      "number, and a label only the figure of a callout on the page.",
    wrong:
      `${STAFF}. <Chart title="The park's people and firms" description="Staff and ` +
      `companies, as the feature gives them." marks="staff companies" labels="staff | ` +
      `companies" />`,
    right:
      `${STAFF}. <Chart title="The park's people and firms" description="Staff and ` +
      `companies, as the feature gives them." marks="staff parks" labels="staff | ` +
      `companies" />`,
  },
  "derived-formula-malformed": {
    title: "The formula does not parse",
    explanation:
      "A formula holds numbers, callout ids, `+ - * /` and parentheses. A hyphen " +
      "between letters or digits belongs to an id, so minus is written with a space on " +
      "each side.",
    wrong: `${REVENUE}: <Derived formula="revenue-last-year ÷ revenue-2010" round="0.1">about 2.5 times</Derived>.`,
    right: GROWN,
  },
  "derived-unknown-fact": {
    title: "The formula names no callout",
    explanation:
      "Each name is the explicit `id` of a `<Fact>`, on the same page or (if no " +
      "callout there has it) on exactly one other page. The message suggests the " +
      "closest id.",
    wrong: `${REVENUE}: <Derived formula="revenue-last-year / revenue-2011" round="0.1">about 2.5 times</Derived>.`,
    right: GROWN,
  },
  "derived-input-not-a-number": {
    title: "A named callout is not one number",
    explanation:
      "A formula computes with the one number of each callout it names. A callout that " +
      "shows two (`135 billion renminbi (US$21.7 billion)`), none, a range or a date " +
      "cannot enter it: give the number its own callout.",
    wrong:
      `Revenues reached <Fact id="revenue-last-year" ${S} quote="realised revenues of ` +
      `135 billion renminbi (US$21.7 billion) last year">135 billion renminbi (US$21.7 ` +
      `billion)</Fact>, up from ${REVENUE_2010}: <Derived ${GROWTH} round="0.1">about ` +
      `2.5 times</Derived>.`,
    right: GROWN,
  },
  "derived-unit-mismatch": {
    title: "The formula mixes units, or the figure shows another",
    explanation:
      "Amounts of one unit add, subtract and divide into a plain number (a multiple, " +
      "or a share shown as a percentage); plain numbers scale anything; calendar years " +
      "subtract into years. Currencies are never converted.",
    wrong:
      `Revenues reached <Fact id="revenue-last-year" ${S} quote="realised revenues of ` +
      `135 billion renminbi (US$21.7 billion) last year">135 billion renminbi</Fact>, ` +
      `up from ${REVENUE_2010}: <Derived ${GROWTH} round="0.1">about 15.6 ` +
      `times</Derived>.`,
    right: GROWN,
  },
  "derived-result-wrong": {
    title: "The derived figure is not what its formula computes",
    explanation:
      "The check recomputes the formula from the cited numbers (the source's, where a " +
      "callout rounds them) and compares the figure, after the declared rounding.",
    wrong: `${REVENUE}: <Derived ${GROWTH} round="0.1">about 3.5 times</Derived>.`,
    right: GROWN,
  },
  "input-refused": {
    title: "A derived figure or chart is built on a refused callout",
    explanation:
      "A figure computed or drawn from a callout the check refused is not judged: the " +
      "message names that callout's place and finding, which is the one to fix.",
    wrong:
      `Revenues reached <Fact id="revenue-last-year" ${S} quote="realised revenues of ` +
      `135 billion renminbi (US$21.7 billion) last year">US$21.7 billion</Fact>, up from ` +
      `<Fact id="revenue-2010" ${S} quote="up from US$8.65 billion in 2010">US$8.56 ` +
      `billion</Fact>: <Derived ${GROWTH} round="0.1">about 2.5 times</Derived>.`,
    right: GROWN,
  },
  "derived-rounding-undeclared": {
    title: "A derived figure is rounded without saying so",
    explanation:
      "Show the exact result, or declare the precision with `round`; readers are told the unrounded result.",
    wrong: `${REVENUE}: <Derived ${GROWTH}>about 2.5 times</Derived>.`,
    right: GROWN,
  },
  "derived-rounding-wrong": {
    title: "The derived figure is rounded the wrong way",
    explanation:
      "Rounding is half away from zero at the declared step, which keeps two " +
      "significant digits; the figure shows no more digits than the step.",
    wrong: `${REVENUE}: <Derived ${GROWTH} round="0.1">about 2.6 times</Derived>.`,
    right: GROWN,
  },
  "derived-qualifier-wrong": {
    title: "A figure computed from hedged numbers does not say it is approximate",
    explanation:
      "A result of `nearly`, `over` or `some` figures is approximate: write `about` " +
      "(or `roughly`, `around`). A directional hedge (`more than`) is refused, since " +
      "the check cannot prove which way the result leans.",
    wrong: `${STAFF}: <Derived formula="staff / parks" round="1">123</Derived> per company.`,
    right: `${STAFF}: <Derived formula="staff / parks" round="1">about 123</Derived> per company.`,
  },
  "link-target-not-found": {
    title: "A link leads nowhere on the site",
    explanation:
      "Every link of a page leads to a page of `content/`, a source's page " +
      "(`/sources/<id>/`, with `#p05` for a block or a cited passage's id), a file the site " +
      "builds, or an id on one of them: a heading's slug or a callout's `id`. A page that " +
      "was removed or renamed leaves its links dead; the check names each one.",
    wrong: `The parks are described in [the feature](/sources/great-leap-forward/#p99).`,
    right: `The parks are described in [the feature](/sources/great-leap-forward/#p22).`,
  },
  "correction-invalid": {
    title: "A correction's entry is malformed",
    explanation:
      "Each entry of `content/corrections.yaml` has an `id`, the `date` of the correction " +
      "(`YYYY-MM-DD`), the `page` it corrects, its `kind` (`error` or `clarification`), " +
      "what the page `said`, what it `says` now, and `why`.",
    file: "content/corrections.yaml",
    wrong: correction("wong-hedge", "content/software-parks.mdx", "1 December 2026"),
    right: WONG,
  },
  "correction-unknown-page": {
    title: "A correction names no page of the site",
    explanation:
      "`page` is the file of the corrected page, relative to the project's root " +
      "(`content/software-parks.mdx`), so that the page can link to its corrections. The " +
      "message suggests the closest page.",
    file: "content/corrections.yaml",
    wrong: correction("wong-hedge", "content/software-park.mdx"),
    right: WONG,
  },
  "correction-duplicate-id": {
    title: "Two corrections share an id",
    explanation:
      "`/corrections/#id` must land on one entry: give each its own id, and never rename " +
      "one once published.",
    file: "content/corrections.yaml",
    wrong: `${WONG}${correction("wong-hedge", "content/who-said-what.mdx")}`,
    right: `${WONG}${correction("wong-hedge-who-said-what", "content/who-said-what.mdx")}`,
  },
  "source-file-missing": {
    title: "A source file is missing",
    explanation:
      "Each folder of `sources/` holds `raw.txt`, `source.yaml` and `edition.txt`; " +
      "`npm run add-source` makes all three.",
  },
  "source-invalid-metadata": {
    title: "The source's metadata is incomplete or wrong",
    explanation:
      '`source.yaml` follows the schema listed under "Source metadata" in the README. ' +
      "Write only what the text prints or what you can show.",
  },
  "source-hash-mismatch": {
    title: "The raw file changed",
    explanation:
      "Raw files are evidence and are never edited. Restore the original bytes; make " +
      "corrections in the edition and declare them.",
  },
  "edition-malformed": {
    title: "The edition's blocks are malformed",
    explanation: "Each block starts with `@@ <anchor> <kind> <raw lines>` and holds one paragraph.",
  },
  "edition-undeclared-change": {
    title: "The edition differs from the raw text without a declared change",
    explanation:
      "Make the edition say what its raw lines say, or declare the change under " +
      "`changes:` with its line, kind, raw and edition text, and why.",
  },
  "edition-line-unassigned": {
    title: "A raw line is in no block",
    explanation:
      "Every raw line with text belongs to exactly one block, so that nothing of the source is lost.",
  },
  "edition-line-reused": {
    title: "A raw line is in two blocks",
    explanation: "A raw line belongs to one block; remove it from the other header.",
  },
  "edition-change-not-found": {
    title: "A declared change is not where it says",
    explanation:
      "The `raw` text of a change must occur once on its `line`, within the block that holds that line.",
  },
};

/** The site-relative address of a code's page in the method section. */
export function docsUrl(code: string): string | undefined {
  return Object.hasOwn(CODE_DOCS, code) ? `/method/${code}/` : undefined;
}
