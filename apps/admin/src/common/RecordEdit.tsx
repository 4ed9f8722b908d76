import { Edit, type EditProps } from 'react-admin';

/**
 * Every edit page. Pessimistic: the page waits for the API, so its field errors land on the
 * inputs and a 409 (someone saved in between; the form sends back the `version` it read) reaches
 * the user instead of being undone behind their back.
 */
export const RecordEdit = (props: EditProps) => <Edit redirect="show" {...props} mutationMode="pessimistic" />;
