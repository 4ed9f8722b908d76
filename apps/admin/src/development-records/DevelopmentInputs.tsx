import { Alert, Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { DateInput, NumberInput, required, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { DEVELOPMENT_INTERVALS, DEVELOPMENT_RULES, DevelopmentStage, DevelopmentStep, developmentProgress, type DevelopmentRecord } from '@wb/contracts';
import { toContractLocale } from '../common/choices';
import { formatDay } from '../common/dates';
import { formGrid } from '../common/formGrid';
import { MemberInput } from '../common/ReferenceInputs';
import { calendarDate, useRuleValidator } from '../common/validation';
import { OrgTreeInput } from '../orgs/OrgTreeInput';

type Field = keyof DevelopmentRecord & string;

/** A date input checked by the pipeline's own rules, with the article behind them as help text. */
const StageDate = ({ source, help }: { source: Field; help?: string }) => (
  <DateInput source={source} validate={[calendarDate, useRuleValidator(DEVELOPMENT_RULES, source)]} helperText={help} />
);

/** Where the dates put the person: stage, next step and when it is due — as the API will compute it. */
const Progress = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = toContractLocale(locale);
  const values = useWatch() as Partial<DevelopmentRecord>;
  if (!values.applicationDate) return null;
  const { stage, nextStep, dueDate } = developmentProgress(values);
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('resources.development-records.fields.stage')}：{DevelopmentStage.label(stage, lang)}
      {nextStep && ` · ${translate('resources.development-records.fields.nextStep')}：${DevelopmentStep.label(nextStep, lang)}`}
      {dueDate && ` · ${translate('resources.development-records.fields.dueDate')}：${formatDay(dueDate, locale)}`}
    </Alert>
  );
};

/** The inputs shared by create and edit: the dates of each stage, in order, with the time limits that bind them. */
export const DevelopmentInputs = () => {
  const [locale] = useLocaleState();
  const lang = toContractLocale(locale);
  const cite = (key: keyof typeof DEVELOPMENT_INTERVALS) => `${DEVELOPMENT_INTERVALS[key].text[lang]}（${DEVELOPMENT_INTERVALS[key].source}）`;
  const extension = useRuleValidator(DEVELOPMENT_RULES, 'extensionMonths');
  const reason = useRuleValidator(DEVELOPMENT_RULES, 'extensionReason');
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={formGrid}>
        <OrgTreeInput source="orgId" validate={required()} />
        <MemberInput source="memberId" validate={required()} />
        <TextInput source="introducers" />
      </Box>
      <Progress />
      <Box sx={formGrid}>
        <DateInput source="applicationDate" validate={[required(), calendarDate]} />
        <StageDate source="talkDate" help={cite('talk')} />
        <StageDate source="activistDate" />
        <StageDate source="lastReviewDate" help={cite('review')} />
        <StageDate source="candidateDate" help={cite('candidate')} />
        <StageDate source="probationaryDate" />
        <NumberInput source="extensionMonths" min={6} max={12} step={1} validate={extension} helperText={cite('extension')} />
        <TextInput source="extensionReason" validate={reason} />
        <StageDate source="fullMemberDate" help={cite('probation')} />
        <NumberInput source="trainingHours" min={0} step={1} />
      </Box>
      <TextInput source="note" multiline minRows={2} />
    </Box>
  );
};
