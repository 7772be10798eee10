// templates: English messages; exactly the keys of templates.zh-CN.ts.
import type zh from './templates.zh-CN'

const templatesEn: typeof zh = {
  intro:
    'Documents are typeset in one of two layouts: the official layout for notices, decisions, mediation statements, awards and minutes; the form layout for the intake transfer form and the proof of service. Here you can adjust a layout’s heading, fonts, font sizes, margins and fixed wording.',
  loadFailed: 'Could not load the document templates',
  layouts: {
    official: 'Official layout',
    form: 'Form layout',
  },
  serves: 'Used for',
  state: {
    default: 'The system default template is in use',
    modified: 'Modified ({at}, {by})',
    modifiedAt: 'Modified ({at})',
    modifiedPlain: 'Modified',
  },
  unsaved: 'Unsaved changes',
  editor: 'Template (Typst markup)',
  editorLabel: '{layout} template',
  placeholders: {
    title: 'Available data',
    name: 'Field',
    description: 'Meaning',
    empty: 'This layout has no data fields',
  },
  help: {
    title: 'Notes',
    markup:
      'Templates are written in Typst markup. The document’s data come in as d and are used as #d.field; the table above lists the fields.',
    preview:
      'After a change, click “Preview”: the draft is typeset with the latest document of this layout (or sample data when there is none yet). If the template has an error, the line at fault is shown below the editor.',
    issued:
      'Every document keeps its PDF exactly as issued. Editing a template affects only documents generated afterwards; documents already issued never change.',
    history: 'Every save and every reset is kept on record; earlier templates are never deleted.',
  },
  actions: {
    preview: 'Preview',
    save: 'Save',
    reset: 'Restore default',
    discard: 'Discard changes',
  },
  emptyBody: 'The template cannot be empty; to use the system default, click “Restore default”',
  templateError: 'The template has an error: {detail}',
  previewTitle: 'Template preview (draft, not saved): {layout}',
  previewHint:
    'Typeset with the latest document of this layout (or sample data when there is none yet); for viewing only, nothing is recorded or saved.',
  saveTitle: 'Save the template',
  saveText:
    'Documents generated from now on will use this template; documents already issued are not affected.',
  saved: '{layout} template saved; documents generated from now on use it',
  resetTitle: 'Restore the default template',
  resetText:
    'The {layout} template goes back to the system default. The current template stays in the history; documents already issued are not affected.',
  resetTextUnsaved:
    'The {layout} template goes back to the system default and the unsaved changes in the editor are lost. The current template stays in the history; documents already issued are not affected.',
  resetDone: '{layout} template restored to the system default',
  discardTitle: 'Discard changes',
  discardText: 'Discard the unsaved changes in the editor and go back to the template in use?',
  leaveTitle: 'Leave this page',
  leaveText: 'The document templates have unsaved changes that will be lost. Leave anyway?',
  leave: 'Leave',
  stay: 'Stay',
}

export default templatesEn
