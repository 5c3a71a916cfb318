-- Search folds case and Vietnamese diacritics, so that "ha noi", "Hà Nội" and "HA NOI" all match.
-- A plain function (not the unaccent extension) so that it works on every PostgreSQL install.
-- Text is stored in Unicode NFC (the application normalises it), which this mapping expects.
create function public.tre_fold(input text) returns text
    language sql immutable strict parallel safe
as $$ select translate(lower(input), 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd') $$;
