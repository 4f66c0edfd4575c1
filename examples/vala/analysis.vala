// SPDX-License-Identifier: LGPL-2.1-or-later
// Who owns and who controls 3BM, from Vala: exact shares in each
// dimension, control of resolutions, the PSC register's notes and the
// employee ownership trust test.
int main (string[] args) {
    try {
        var model = args.length > 1 ? new Mutual.Model.from_file (args[1])
                                    : new Mutual.Model.from_example ("3bm-2013");
        var analysis = new Mutual.Analysis (model);
        const Mutual.Dimension[] dimensions = {
            Mutual.Dimension.SHARES, Mutual.Dimension.VOTES, Mutual.Dimension.PROFITS
        };

        foreach (unowned string company in analysis.dup_companies ()) {
            print ("%s at %s\n", company, analysis.get_date ());
            foreach (var dimension in dimensions) {
                var interests = analysis.direct_interests (company, dimension);
                for (uint i = 0; i < interests.get_n_items (); i++) {
                    var interest = (Mutual.Interest) interests.get_item (i);
                    print ("  %-10s %-10s %s\n", dimension.to_string (),
                           interest.holder, interest.fraction.to_percent_string ());
                }
            }
            var control = analysis.control (company);
            print ("  passes a special resolution alone: %s\n",
                   control.get_special ().length > 0 ? string.joinv (", ", control.get_special ()) : "nobody");
            var notes = analysis.psc_findings (company);
            for (uint i = 0; i < notes.get_n_items (); i++) {
                var note = (Mutual.Finding) notes.get_item (i);
                print ("  PSC: %s [%s]\n", note.message, note.citation);
            }
        }

        // 3BM: the trust has 75.1% of the votes, but the councils' half of
        // the profits keeps it from being an employee ownership trust company.
        if (model.lookup_party ("3bm") != null) {
            var eot = analysis.qualify_employee_ownership_trust ("3bm", null);
            var findings = eot.get_findings ();
            print ("3bm is an employee ownership trust company: %s\n", eot.qualifies ? "yes" : "no");
            for (uint i = 0; i < findings.get_n_items (); i++) {
                var f = (Mutual.Finding) findings.get_item (i);
                if (f.severity == Mutual.Severity.BREACH)
                    print ("  %s: %s [%s]\n", f.code, f.message, f.citation);
            }
            var votes = analysis.direct_interest ("3bm-ebt", "3bm", Mutual.Dimension.VOTES);
            if (votes.compare_ratio (751, 1000) != 0 || eot.qualifies)
                return 1;
        }
        return 0;
    } catch (Error e) {
        printerr ("%s\n", e.message);
        return 1;
    }
}
