// The parts of a Word file around its body: content types, relationships, styles, bullets, settings, the page's
// header and footer, the document's properties. Only what the report uses: Word and LibreOffice need no more.
import { escapeXml } from '../shared/escape';
import type { ReportDocument } from './reportDocument';
import { BULLETS, fieldRuns, paragraph, paragraphXml, run, SMALL_GREY } from './wordXml';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CREATOR = 'Facilitator Notes';
/** The Word language of the notes' languages, so spelling is checked in the right one. */
const LANGUAGE = { nl: 'nl-NL', en: 'en-GB' } as const;

/** The relationship ids of document.xml's parts, as its body refers to them. */
export const FRAME = { header: 'rIdHeader', footer: 'rIdFooter' } as const;
export const pictureRelationship = (id: number) => `rIdImage${id}`;
export const pictureName = (id: number) => `media/image${id}.png`;

export const DOCUMENT_START = `${DECLARATION}<w:document ${W} ${R} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>`;
export const DOCUMENT_END = '</w:body></w:document>';

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export function contentTypes(framed: boolean): string {
  const override = (part: string, type: string) => `<Override ContentType="${type}" PartName="/${part}"/>`;
  return `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default ContentType="image/png" Extension="png"/>'
    + '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
    + '<Default ContentType="application/xml" Extension="xml"/>'
    + override('word/document.xml', `${WORD_TYPE}.document.main+xml`)
    + override('word/styles.xml', `${WORD_TYPE}.styles+xml`)
    + override('word/numbering.xml', `${WORD_TYPE}.numbering+xml`)
    + override('word/settings.xml', `${WORD_TYPE}.settings+xml`)
    + override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
    + (framed ? override('word/header1.xml', `${WORD_TYPE}.header+xml`) + override('word/footer1.xml', `${WORD_TYPE}.footer+xml`) : '')
    + '</Types>';
}

function relationships(list: readonly (readonly [id: string, type: string, target: string])[]): string {
  return `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">`
    + list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')
    + '</Relationships>';
}

export const PACKAGE_RELS = relationships([
  ['rId1', `${RELATIONSHIPS}/officeDocument`, 'word/document.xml'],
  ['rId2', `${PACKAGE_RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml'],
]);

/** document.xml's relationships: styles, bullets, settings, header and footer if framed, the pictures 1 to `pictures`. */
export function documentRels(framed: boolean, pictures: number): string {
  return relationships([
    ['rIdStyles', `${RELATIONSHIPS}/styles`, 'styles.xml'],
    ['rIdNumbering', `${RELATIONSHIPS}/numbering`, 'numbering.xml'],
    ['rIdSettings', `${RELATIONSHIPS}/settings`, 'settings.xml'],
    ...(framed ? [[FRAME.header, `${RELATIONSHIPS}/header`, 'header1.xml'], [FRAME.footer, `${RELATIONSHIPS}/footer`, 'footer1.xml']] as const : []),
    ...Array.from({ length: pictures }, (_, i) => [pictureRelationship(i + 1), `${RELATIONSHIPS}/image`, pictureName(i + 1)] as const),
  ]);
}

/** A paragraph style of styles.xml, based on Normal. */
function paragraphStyle(id: string, name: string, paragraphProps: string, runProps: string): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>`
    + (paragraphProps ? `<w:pPr>${paragraphProps}</w:pPr>` : '') + (runProps ? `<w:rPr>${runProps}</w:rPr>` : '') + '</w:style>';
}

const spacing = (before: number, after: number) => `<w:spacing w:after="${after}"${before ? ` w:before="${before}"` : ''}/>`;
const colourAndSize = (colour: string, size?: number) => `<w:color w:val="${colour}"/>${size ? `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` : ''}`;

/** Calibri 11 in the notes' language; Title and headings 1 to 4 in blue, each with its spacing. */
export function styles(lang: ReportDocument['lang']): string {
  return `${DECLARATION}<w:styles ${W}><w:docDefaults>`
    + `<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:cs="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${LANGUAGE[lang]}"/></w:rPr></w:rPrDefault>`
    + `<w:pPrDefault><w:pPr>${spacing(0, 80)}</w:pPr></w:pPrDefault></w:docDefaults>`
    + '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + '<w:style w:type="table" w:styleId="TableNormal" w:default="1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    + '<w:tblPr><w:tblInd w:type="dxa" w:w="0"/><w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr></w:style>'
    + paragraphStyle('Title', 'Title', spacing(0, 160), '<w:sz w:val="48"/><w:szCs w:val="48"/>')
    + paragraphStyle('Heading1', 'Heading 1', '', colourAndSize('2E74B5', 32))
    + paragraphStyle('Heading2', 'Heading 2', spacing(320, 100), colourAndSize('2E74B5', 26))
    + paragraphStyle('Heading3', 'Heading 3', spacing(220, 80), colourAndSize('1F4D78', 24))
    + paragraphStyle('Heading4', 'Heading 4', spacing(160, 60), `<w:i/><w:iCs/>${colourAndSize('2E74B5')}`)
    + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>'
    + '</w:styles>';
}

/** The bullets of every list: five levels, each indented a little further. */
export const NUMBERING = `${DECLARATION}<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>`
  + ['•', '◦', '▪', '•', '◦'].map((bullet, level) => `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${bullet}"/>`
    + `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${360 * (level + 1)}" w:hanging="260"/></w:pPr></w:lvl>`).join('')
  + `</w:abstractNum><w:num w:numId="${BULLETS}"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

export const SETTINGS = `${DECLARATION}<w:settings ${W}><w:defaultTabStop w:val="720"/>`
  + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

/** The header: the page's title and date, to the right. */
export function header(page: NonNullable<ReportDocument['page']>): string {
  return `${DECLARATION}<w:hdr ${W} ${R}>${paragraphXml(paragraph(run(page.header, SMALL_GREY), { align: 'right' }))}</w:hdr>`;
}

/** The footer: "Page 1 of 2" with Word's PAGE and NUMPAGES fields, centred. */
export function footer(page: NonNullable<ReportDocument['page']>): string {
  const runs = run(`${page.page} `, SMALL_GREY) + fieldRuns('PAGE', SMALL_GREY) + run(` ${page.of} `, SMALL_GREY) + fieldRuns('NUMPAGES', SMALL_GREY);
  return `${DECLARATION}<w:ftr ${W} ${R}>${paragraphXml(paragraph(runs, { align: 'center' }))}</w:ftr>`;
}

/** docProps/core.xml: the title, Facilitator Notes as its creator, `date` as created and modified. */
export function coreProperties(title: string, date: Date): string {
  const when = `xsi:type="dcterms:W3CDTF">${date.toISOString().replace(/\.\d+Z$/, 'Z')}`;
  return `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" `
    + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    + `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>${CREATOR}</dc:creator>`
    + `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy><cp:revision>1</cp:revision>`
    + `<dcterms:created ${when}</dcterms:created><dcterms:modified ${when}</dcterms:modified></cp:coreProperties>`;
}
