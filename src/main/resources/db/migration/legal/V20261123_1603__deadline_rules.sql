-- The deadlines the domain notes give, each with its legal basis. Lengths are data: administrators
-- change them in the rules page when a text changes. A note marks what is not verified.
insert into legal.deadline_rule (code, name_vi, name_en, length, unit, legal_basis_id, note)
select r.code, r.name_vi, r.name_en, r.length, r.unit, b.id, r.note
  from (values
  ('agreement.opinion', 'Trả lời ý kiến về đề xuất ký kết thỏa thuận quốc tế', 'Opinion on a proposal to conclude an international agreement', 7, 'WORKING_DAYS', '70/2020/QH14', 'Điều 19 khoản 2; tính từ khi nhận đủ hồ sơ.'),
  ('agreement.pm-consent', 'Thủ tướng Chính phủ trả lời khi có ý kiến khác nhau', 'Prime Minister''s answer when a consulted body disagrees', 7, 'WORKING_DAYS', '70/2020/QH14', 'Điều 19 khoản 4.'),
  ('agreement.post-signing-report', 'Báo cáo Thủ tướng và gửi bản sao thỏa thuận cho Bộ Ngoại giao sau khi ký', 'Report to the Prime Minister and copy to MOFA after signing', 15, 'CALENDAR_DAYS', '70/2020/QH14', 'Điều 19 khoản 5; tính từ ngày ký.'),
  ('ngo.registration.opinion', 'Cơ quan được hỏi trả lời ý kiến về hồ sơ cấp giấy đăng ký của tổ chức phi chính phủ nước ngoài', 'Consulted bodies answer on a foreign NGO''s registration dossier', 10, 'WORKING_DAYS', '58/2022/NĐ-CP', null),
  ('ngo.registration.decision', 'Bộ Ngoại giao thẩm định và quyết định cấp giấy đăng ký', 'MOFA appraises and decides on the registration', 10, 'WORKING_DAYS', '58/2022/NĐ-CP', null),
  ('ngo.registration.issue', 'Cấp giấy đăng ký kể từ khi nhận hồ sơ hợp lệ', 'Certificate delivered after a valid dossier is received', 30, 'WORKING_DAYS', '58/2022/NĐ-CP', null),
  ('ngo.amendment.completeness-check', 'Kiểm tra thành phần hồ sơ gia hạn, sửa đổi giấy đăng ký', 'Completeness check of an extension or amendment dossier', 2, 'WORKING_DAYS', '3155/QĐ-BNG', null),
  ('ngo.amendment.consultation', 'Gửi hồ sơ gia hạn, sửa đổi giấy đăng ký đi lấy ý kiến', 'Send an extension or amendment dossier out for opinions', 2, 'WORKING_DAYS', '3155/QĐ-BNG', 'Tính từ khi kiểm tra xong thành phần hồ sơ.'),
  ('ngo.bank-account-notice', 'Tổ chức phi chính phủ nước ngoài thông báo mở, sử dụng, thay đổi tài khoản', 'Foreign NGO notifies the opening, use or change of its bank account', 10, 'WORKING_DAYS', '58/2022/NĐ-CP', 'Điều 21; tính từ khi nhận giấy đăng ký.'),
  ('ngo.implementation-plan', 'Tổ chức phi chính phủ nước ngoài thông báo kế hoạch triển khai cho UBND tỉnh', 'Foreign NGO notifies its implementation plan to the provincial People''s Committees', 45, 'WORKING_DAYS', '58/2022/NĐ-CP', 'Điều 21; tính từ khi nhận giấy đăng ký mới, gia hạn hoặc sửa đổi.'),
  ('aid.appraisal', 'Thẩm định văn kiện chương trình, dự án, viện trợ phi dự án', 'Appraisal of an aid programme, project or non-project aid', 20, 'CALENDAR_DAYS', '80/2020/NĐ-CP', 'Điều 10; tính từ khi nhận hồ sơ đầy đủ, hợp lệ.'),
  ('conference.opinion', 'Cơ quan được hỏi trả lời ý kiến về tổ chức hội nghị, hội thảo quốc tế', 'Consulted bodies answer on an international conference or seminar', 15, 'CALENDAR_DAYS', '06/2020/QĐ-TTg', 'Điều 5.'),
  ('conference.post-event-report', 'Báo cáo tổng kết sau hội nghị, hội thảo quốc tế', 'Summary report after an international conference or seminar', 15, 'CALENDAR_DAYS', '06/2020/QĐ-TTg', 'Chưa kiểm chứng trong Quyết định 06/2020 (quy định cũ 76/2010 dùng 15 ngày).'),
  ('delegation.post-trip-report', 'Báo cáo kết quả chuyến công tác sau khi đoàn về nước', 'Report on a delegation''s trip after its return', 15, 'CALENDAR_DAYS', null, 'Giá trị mặc định: thời hạn do quy chế của từng tỉnh quy định (Bộ Công Thương 10 ngày, Bộ Nội vụ 15 ngày với đoàn đi đào tạo). Gắn quy chế của tỉnh làm căn cứ khi có.'),
  ('consular.legalisation', 'Giải quyết hồ sơ chứng nhận, hợp pháp hóa lãnh sự hợp lệ', 'Handling a valid consular certification or legalisation dossier', 1, 'WORKING_DAYS', '111/2011/NĐ-CP', 'Chưa kiểm chứng: khoảng 1 ngày làm việc, hồ sơ lớn có thể đến 5 ngày; cần xác minh thì đến khi có kết quả.')
  ) as r(code, name_vi, name_en, length, unit, basis, note)
  left join legal.legal_basis b on b.number = r.basis;
