import { useState } from 'react';
import { Alert, ImageList, ImageListItem, Link as MuiLink, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { ResourceName, type ReportPhotoGroup } from '@wb/contracts';
import { Thumbnail, Viewer } from '../attachments/PhotoViews';
import { toContractLocale } from '../common/choices';
import { formatDay } from '../common/dates';
import type { AppDataProvider } from '../dataProvider';
import { REPORTS_KEY } from './useReport';

type Photo = ReportPhotoGroup['photos'][number];

/**
 * 活动照片: the photos chosen for the report (the star on an activity's 附件), under the activity
 * they show, as Word will print them; each heading opens the record's files.
 */
export const ReportPhotos = ({ year, orgId }: { year: number; orgId: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const dataProvider = useDataProvider<AppDataProvider>();
  const [viewing, setViewing] = useState<Photo | null>(null);
  const { data, error } = useQuery({
    queryKey: [REPORTS_KEY, 'photos', { year, orgId }],
    queryFn: () => dataProvider.getReportPhotos({ year, orgId }).then((result) => result.data),
  });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!data) return null;
  if (data.length === 0) return <Typography color="text.secondary">{translate('app.reports.photos_none')}</Typography>;
  return (
    <Stack spacing={2} data-testid="report-photos">
      {data.map((group) => (
        <div key={`${group.resource}/${group.recordId}`}>
          <MuiLink component={Link} to={`/${group.resource}/${group.recordId}/show/attachments`} variant="subtitle2" underline="hover">
            {formatDay(group.date, locale)} · {ResourceName.has(group.resource) ? ResourceName.label(group.resource, toContractLocale(locale)) : group.resource}：{group.title}
          </MuiLink>
          <ImageList cols={isSmall ? 2 : 5} gap={8} rowHeight={isSmall ? 120 : 140} sx={{ mt: 1, mb: 0 }}>
            {group.photos.map((photo) => (
              <ImageListItem key={photo.id}>
                <Thumbnail file={photo} onOpen={() => setViewing(photo)} />
              </ImageListItem>
            ))}
          </ImageList>
        </div>
      ))}
      <Viewer file={viewing} onClose={() => setViewing(null)} />
    </Stack>
  );
};
