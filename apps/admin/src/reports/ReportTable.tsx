import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ScrollX } from './ScrollX';
import type { ReportTable as Data, ReportTableCell as Cell, TableColumn } from '@wb/contracts';

const show = (value: Cell, column: TableColumn) => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (column.kind === 'signed') return value > 0 ? `+${value}` : String(value);
  if (column.kind === 'percent') return `${(value * 100).toFixed(1)}%`;
  if (column.kind === 'change') return `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
  return String(value);
};

/** One of the report's tables, as Word and Excel have it. */
export const ReportTable = ({ table }: { table: Data }) => (
  <Box component="figure" sx={{ m: 0, breakInside: 'avoid' }}>
    <Typography component="figcaption" variant="subtitle1" sx={{ mb: 0.5, fontWeight: 500 }}>
      {table.title}
    </Typography>
    <ScrollX>
      <Table size="small" aria-label={table.title}>
        <TableHead>
          <TableRow>
            {table.columns.map((column, i) => (
              <TableCell key={i} align={column.kind === 'text' ? 'left' : 'right'} sx={{ whiteSpace: 'nowrap' }}>
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {[...table.rows, ...(table.footer ? [table.footer] : [])].map((row, r) => (
            <TableRow key={r} sx={r === table.rows.length ? { '& td': { fontWeight: 600 } } : undefined}>
              {row.map((value, i) => (
                <TableCell key={i} align={table.columns[i]?.kind === 'text' ? 'left' : 'right'} sx={{ whiteSpace: table.columns[i]?.kind === 'text' ? 'nowrap' : undefined }}>
                  {show(value, table.columns[i])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollX>
  </Box>
);
