import { useCallback } from 'react';
import { downloadCSV, useLocaleState, useTranslate, type Exporter } from 'react-admin';
import { cellOf, headerOf, type CellContext, type ExportColumn, type RelatedRecords } from './columns';
import { toCsv } from './csv';

/**
 * A react-admin `exporter` for any resource: headers and enum labels in the current UI language
 * (Chinese by default), reference ids replaced by names, and a UTF-8 BOM so Excel reads it.
 *
 *   const exporter = useCsvExporter([{ source: 'topic' }, { source: 'category', values: MeetingCategory }]);
 *   <List exporter={exporter}>
 */
export function useCsvExporter(columns: readonly ExportColumn[]): Exporter {
  const translate = useTranslate();
  const [locale] = useLocaleState();

  return useCallback<Exporter>(
    async (records, fetchRelatedRecords, _dataProvider, resource = 'export') => {
      const related: RelatedRecords = {};
      for (const column of columns) {
        if (column.reference && !related[column.reference]) {
          related[column.reference] = await fetchRelatedRecords(records, column.source, column.reference);
        }
      }
      const context: CellContext = { locale, translate, related };
      const header = columns.map((column) => headerOf(column, resource, context));
      const rows = records.map((record) => columns.map((column) => cellOf(column, record, context)));
      const name = translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
      downloadCSV(toCsv(header, rows), `${name}-${new Date().toISOString().slice(0, 10)}`);
    },
    [columns, locale, translate],
  );
}
