-- A copy of the record the platform writes for the person (a subject access request), kept on the case like a warning
-- letter (issue 28, items 1 and 2: a sensitive note is never in an export to the person).
alter table documents.document drop constraint document_kind_check;
alter table documents.document add constraint document_kind_check check (kind in ('PRE_SENTENCE_REPORT', 'COURT_ORDER',
    'LICENCE', 'LETTER_RECEIVED', 'REPORT_RECEIVED', 'WARNING_LETTER', 'SUBJECT_ACCESS', 'OTHER'));
