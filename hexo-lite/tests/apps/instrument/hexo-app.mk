# every function entry is a migration point (libmigrate's hooks)
CFLAGS += -finstrument-functions
