import { useMemo } from 'react';
import { AutocompleteInput, type AutocompleteInputProps } from 'react-admin';
import { subtreeIds, type OrgOption } from './orgTree';
import { useOrgOptions } from './useOrgOptions';

type OrgTreeInputProps = Omit<AutocompleteInputProps, 'choices' | 'optionText' | 'optionValue'> & {
  /** Leave out this org and its descendants (e.g. when choosing an org's parent). */
  excludeSubtreeOf?: number;
};

/** For an optional org (a root's parent, an admin's org): the empty choice means null, not ''. */
export const emptyToNull = (value: unknown) => (value === '' ? null : value);

/**
 * Picks an org from the tree: the open list shows it indented in tree order, typing searches
 * by name (a city's 500 orgs are no list to scroll), the closed input shows the plain name.
 */
export const OrgTreeInput = ({ excludeSubtreeOf, ...props }: OrgTreeInputProps) => {
  const { orgs, options, isPending } = useOrgOptions();
  const choices = useMemo(() => {
    if (excludeSubtreeOf == null) return options;
    const excluded = subtreeIds(orgs, excludeSubtreeOf);
    return options.filter((option) => !excluded.has(option.id));
  }, [orgs, options, excludeSubtreeOf]);
  return (
    <AutocompleteInput
      {...props}
      choices={choices}
      optionValue="id"
      optionText="label"
      inputText={(choice: OrgOption) => choice.name}
      matchSuggestion={(filter: string, choice: OrgOption) => !filter.trim() || choice.name.includes(filter.trim())}
      isPending={isPending}
    />
  );
};
