#!/usr/bin/perl
# Prints one TSV line per bounce record Sisimai (Debian's libsisimai-perl)
# finds under the given folders: path, index within the message (1-based),
# reason, enhanced status, reply code. Used by scripts/bench.sh to compare
# speed and agreement with `mailtriage triage`.
use strict;
use warnings;
use Sisimai;

my %seen;
for my $dir (@ARGV) {
    my $records = Sisimai->make($dir, 'delivered' => 0) || [];
    for my $r (@$records) {
        my $path = $r->origin;
        my $n = ++$seen{$path};
        print join("\t", $path, $n, $r->reason // '', $r->deliverystatus // '', $r->replycode // ''), "\n";
    }
}
