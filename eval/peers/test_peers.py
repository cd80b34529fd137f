#!/usr/bin/env python3
"""Checks of the Python adapters' own conversions (no peer needed: standard library
only). scripts/eval-peers.sh runs them before the peers: python3 eval/peers/test_peers.py"""

import datetime
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402


class Conversions(unittest.TestCase):
    def test_trim_drops_edge_punctuation_only(self):
        text = "On “Friday,” he left."
        s = text.index("“")
        self.assertEqual(peers.trim(text, s, s + len("“Friday,”")), (s + 1, s + 7))
        self.assertEqual(peers.trim(text, 0, 2), (0, 2))
        self.assertEqual(peers.trim(text, 2, 3), (3, 3))

    def test_timex_value_follows_the_period(self):
        dt = datetime.datetime(1998, 8, 7, 15, 30)
        self.assertEqual(peers.timex_value(dt, "day"), "1998-08-07")
        self.assertEqual(peers.timex_value(dt, "month"), "1998-08")
        self.assertEqual(peers.timex_value(dt, "year"), "1998")
        self.assertEqual(peers.timex_value(dt, "week"), "1998-W32")
        self.assertEqual(peers.timex_value(dt, "time"), "1998-08-07T15:30")

    def test_heideltime_offsets_are_code_points_of_the_input(self):
        text = "Café “AT&T <b>” closed yesterday; talks lasted three days."
        tml = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
               'Café “AT&T <b>” closed <TIMEX3 tid="t1" type="DATE" value="1998-08-06">yesterday</TIMEX3>; '
               'talks lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.\n</TimeML>\n')
        got = peers.heideltime_timexes(text, tml)
        self.assertEqual([text[t["start"]:t["end"]] for t in got], ["yesterday", "three days"])
        self.assertEqual([(t["type"], t["value"]) for t in got], [("DATE", "1998-08-06"), ("DURATION", "P3D")])

    def test_heideltime_output_that_differs_is_aligned_by_search(self):
        text = "AT&T said so yesterday."
        tml = ('<TimeML>\nAT&amp;T said so <TIMEX3 tid="t1" type="DATE" value="1998-08-06">yesterday</TIMEX3>.\n'
               '</TimeML>')
        got = peers.heideltime_timexes(text, tml)
        self.assertEqual([(t["start"], t["end"]) for t in got], [(13, 22)])


if __name__ == "__main__":
    unittest.main()
