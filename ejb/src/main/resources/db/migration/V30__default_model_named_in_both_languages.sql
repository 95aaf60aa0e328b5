-- The default model's name in both languages, as the indicators' names are ("中文 English"): the interface shows
-- the part in the reader's language. Only when it still has the name V5 gave it: a name an administrator chose stays.
update credit_model set name = '网络经营主体公共信用评价 Online business public credit evaluation'
    where id = 1 and name = 'Online business public credit evaluation';
