// Data only, the same SQL on both databases: the MySQL migration runs here too.
export { ComplianceRows1796600000000 } from '../mysql/1796600000000-ComplianceRows';
