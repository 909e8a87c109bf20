"""Group robots in the UI: the robots dialog, the robot editor and a group's robot panel."""
