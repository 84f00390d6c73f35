# Built by the suite as: make -f Makefile.app LITE=<hexo-lite> POPHERMIT=<P>
CFLAGS := -finstrument-functions
include $(LITE)/util/hermit/Makefile
