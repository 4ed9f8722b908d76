import { useMemo } from 'react';
import { SelectInput, type SelectInputProps } from 'react-admin';
import { subtreeIds } from './orgTree';
import { useOrgOptions } from './useOrgOptions';

type OrgTreeInputProps = Omit<SelectInputProps, 'choices' | 'optionText' | 'optionValue'> & {
  /** Leave out this org and its descendants (e.g. when choosing an org's parent). */
  excludeSubtreeOf?: number;
};

/** For an optional org (a root's parent, an admin's org): the select's empty choice means null, not ''. */
export const emptyToNull = (value: unknown) => (value === '' ? null : value);

/** Selects an org from the whole tree, shown in tree order and indented by depth. */
export const OrgTreeInput = ({ excludeSubtreeOf, ...props }: OrgTreeInputProps) => {
  const { orgs, options, isPending } = useOrgOptions();
  const choices = useMemo(() => {
    if (excludeSubtreeOf == null) return options;
    const excluded = subtreeIds(orgs, excludeSubtreeOf);
    return options.filter((option) => !excluded.has(option.id));
  }, [orgs, options, excludeSubtreeOf]);
  // The menu shows the indented tree; the closed select shows the plain name.
  const nameOf = (value: unknown) => options.find((option) => option.id === value)?.name ?? '';

  return (
    <SelectInput
      {...props}
      choices={choices}
      optionText="label"
      optionValue="id"
      isPending={isPending}
      slotProps={{ select: { renderValue: nameOf } }}
    />
  );
};
