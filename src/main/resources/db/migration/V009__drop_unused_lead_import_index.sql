-- Nothing looks leads up by import (the profile reads import_id from the lead's own row), and every index on `leads`
-- is paid for by each insert: a 100,000-row CSV import spends most of its database time maintaining them.
DROP INDEX ix_lead_import ON leads;
