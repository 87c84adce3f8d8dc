# The README's walkthrough. Run it in an empty folder with partnerctl on PATH; a test runs it too.
set -e
cp "$EXAMPLES/quickstart/partner.yaml" partner.yaml

# 1. Check the file: every problem at once, with file:line:column.
partnerctl validate

# 2. Plan against the account. plan never writes: with no store yet it plans against an empty
#    account, and says so.
partnerctl plan

# 3. Apply. The first apply creates the embedded store (.partnerctl/account.db) and enrolls the
#    account. New users' temporary passwords go only to the new file you name (mode 0600).
partnerctl apply --auto-approve --passwords-out passwords.tsv

# 4. Change the configuration and plan again: exit code 2 means "changes present".
sed -i 's/displayName: Sam Sales/displayName: Samuel Sales/' partner.yaml
partnerctl plan --detailed-exitcode --out plan.json || test $? -eq 2

# 5. Apply exactly the saved plan (refused with exit 4 if the account changed meanwhile).
partnerctl show plan.json
partnerctl apply --plan plan.json

# 6. Someone changes the account by hand (here: straight in the store) ...
sqlite3 .partnerctl/account.db \
  "UPDATE users SET display_name = 'Alexander' WHERE user_key = 'admin@fabrikam.onmicrosoft.com'"

# ... and the nightly drift check notices (exit 2) and says what differs.
partnerctl drift --format markdown || test $? -eq 2
partnerctl apply --auto-approve
partnerctl drift

# 7. Export the account as a configuration file: planning it finds nothing to do.
partnerctl export -o exported.yaml
partnerctl plan exported.yaml --detailed-exitcode

# 8. What was applied, step by step.
partnerctl history --steps
