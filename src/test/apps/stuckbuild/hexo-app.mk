# The first rule is make's goal: the build blocks here until hexo-ci's container is removed, so a
# test can stop hexo-ci while an app build is running, whatever the machine's speed.
never-done:
	tail -f /dev/null
