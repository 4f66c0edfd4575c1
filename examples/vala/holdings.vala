// SPDX-License-Identifier: LGPL-2.1-or-later
// Load the embedded MyCSP example and print the holdings, from Vala.
int main () {
    try {
        var model = new Mutual.Model.from_example ("mycsp-2012");
        var holdings = model.get_holdings ();
        for (uint i = 0; i < holdings.get_n_items (); i++) {
            var holding = (Mutual.Holding) holdings.get_item (i);
            print ("%s holds %" + int64.FORMAT + " of %s\n", holding.holder, holding.count, holding.share_class);
        }
        var trust = model.lookup_holding ("mycsp-trust", "mycsp-ordinary");
        return trust != null && trust.count == 25 ? 0 : 1;
    } catch (Error e) {
        printerr ("%s\n", e.message);
        return 1;
    }
}
